/**
 * Builders of the 31 ENS filing types, by mode (`sea.f10()` ... `rail.f51()`), and the helpers that take
 * the usual mistakes out of a filing.
 */
export { sea } from './sea';
export { air } from './air';
export { express } from './express';
export { postal } from './postal';
export { road } from './road';
export { rail } from './rail';
export {
  createBuilder,
  type Builder,
  type BuildContext,
  type MissingElements,
  type JoinNames,
  type SettableKey,
} from './createBuilder';
export type { Input, RequiredKeys, OptionalKeys, AutoKeys, DateKeys, NumberKeys } from './types';
export { address, type Address, type StreetAddressInput, type PoBoxAddressInput } from './address';
export { party, type Party, type PartyInput, type Communication } from './party';
export {
  packages,
  bulk,
  isBulkPackageType,
  type BulkPackageType,
  type PackedPackaging,
  type BulkPackaging,
} from './packaging';
export { container, type ContainerInput, type TransportEquipment } from './container';
export { routingCountries } from './routingCountries';
export { numberGoodsItems } from './numberGoodsItems';
export { place, placeByAddress } from './place';
export { exactDecimal } from './exactDecimal';
export { utcDateTime } from './utcDateTime';
export { normalizeInput, BULK_PACKAGE_TYPES, type Normalized } from './normalizeInput';
export { deepCopy, deepFreeze } from './deepCopy';
export { sampleFilingInput } from './sampleFilingInput';
export {
  fromBillOfLading,
  fromMasterAirWaybill,
  fromShipment,
  type Shipment,
  type ShipmentHeader,
  type ShipmentMaster,
  type ShipmentHouse,
  type ShipmentFiling,
  type ShipmentFilings,
  type SeaSingleShipment,
  type SeaMultipleShipment,
  type SeaSingleFilings,
  type SeaMultipleFilings,
  type AirSingleShipment,
  type AirMultipleShipment,
  type AirSingleFilings,
  type AirMultipleFilings,
  type ExpressShipment,
  type ExpressFilings,
} from './fromShipment';
export { fitToMessage } from './fitToMessage';
