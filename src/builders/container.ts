/** What {@link container} takes. */
export interface ContainerInput {
  /** ISO 6346 container number with its check digit, e.g. `MSCU1234566`. */
  number: string;
  /** Size and type (CL710), e.g. `45G1`. */
  sizeAndType: string;
  /** `A` empty, `B` not empty (CL709). */
  packedStatus: 'A' | 'B';
  /** `1` shipper supplied, `2` carrier supplied (CL711). */
  supplierType: '1' | '2';
  /** Seal identifiers. */
  seals?: readonly string[];
}

/** The transport equipment group {@link container} returns. */
export interface TransportEquipment {
  containerSizeAndType: string;
  containerPackedStatus: string;
  containerSupplierType: string;
  containerIdentificationNumber: string;
  numberOfSeals?: string;
  seal?: { identifier: string }[];
}

/**
 * A transport equipment (container) entry; with seals, `numberOfSeals` is their count (C3017/C3018).
 * Give it at consignment level when all goods items share it (the builders move identical per-item
 * equipment up on their own).
 *
 * @example
 * ```ts
 * container({ number: 'MSCU1234566', sizeAndType: '45G1', packedStatus: 'B', supplierType: '2', seals: ['SL1234567'] });
 * ```
 */
export function container(input: ContainerInput): TransportEquipment {
  const out: TransportEquipment = {
    containerSizeAndType: input.sizeAndType,
    containerPackedStatus: input.packedStatus,
    containerSupplierType: input.supplierType,
    containerIdentificationNumber: input.number,
  };
  if (input.seals && input.seals.length) {
    out.numberOfSeals = String(input.seals.length);
    out.seal = input.seals.map((identifier) => ({ identifier }));
  }
  return out;
}
