import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../core/issue';
import type { IE3F32 } from '../generated/messages/IE3F32';
import type { IE3A32 } from '../generated/messages/IE3A32';
import type { IE3F10 } from '../generated/messages/IE3F10';
import type { Builder, BuildContext, JoinNames, MissingElements } from './createBuilder';
import { air, express, postal, rail, road, sea } from './index';
import { party } from './party';
import { bulk } from './packaging';

const declarant = party({
  name: 'Hanse Logistik GmbH',
  eori: 'DE123456789012345',
  phone: '+494012345678',
  address: { street: 'Grosse Elbstrasse', number: '145', postCode: '22767', city: 'Hamburg', country: 'DE' },
});

const goods = {
  consignmentHouseLevel: [
    {
      totalGrossMass: 12.5,
      consignee: { ...declarant, typeOfPerson: '1' },
      consignor: { ...declarant, typeOfPerson: '2' },
      goodsItem: [
        { commodity: { descriptionOfGoods: 'Cotton T-shirts' }, packaging: { numberOfPackages: 1 } },
      ],
      transportDocumentHouseLevel: { documentNumber: 'HAWB1', type: 'N703' },
      referenceNumberUCR: { referenceNumberUCR: 'UCR1' },
    },
  ],
};

describe('builder types', () => {
  it('each mode factory returns a builder typed from its IE3Fxx message', () => {
    expectTypeOf(express.f32()).toEqualTypeOf<Builder<IE3F32, 'SpecificCircumstanceIndicator', IE3A32>>();
    expectTypeOf(sea.f10().messageType).toBeString();
    expectTypeOf(air.f25().amendment).parameter(0).toBeNever();
    expectTypeOf(postal.f43).toBeFunction();
    expectTypeOf(road.f50).toBeFunction();
    expectTypeOf(rail.f51).toBeFunction();
  });

  it('build() compiles once every mandatory element is set, and returns a Result of the message', () => {
    const b = express
      .f32()
      .set('LRN', 'LRN1')
      .set('documentIssueDate', new Date())
      .set('addressedMemberState', { country: 'DE' })
      .set('declarant', declarant)
      .set('consignmentMasterLevel', goods);
    expectTypeOf(b.build()).toEqualTypeOf<Result<IE3F32>>();
  });

  it('build() is a compile error while a mandatory element is missing, and the error names them', () => {
    const b = express
      .f32()
      .set('LRN', 'LRN1')
      .set('documentIssueDate', new Date())
      .set('addressedMemberState', { country: 'DE' });
    // @ts-expect-error declarant and consignmentMasterLevel are not set
    b.build();
    // The compiler's message carries the `this` type the call needs: the list of what is missing.
    expectTypeOf(
      b.build,
    ).thisParameter.toEqualTypeOf<`Missing: ${JoinNames<'declarant' | 'consignmentMasterLevel'>}`>();
    expectTypeOf(b.build).thisParameter.toExtend<`Missing: ${string}declarant${string}`>();
    expectTypeOf(b.build).thisParameter.toExtend<`Missing: ${string}consignmentMasterLevel${string}`>();
    expectTypeOf(b.build).thisParameter.not.toExtend<`${string}LRN${string}`>();
    // @ts-expect-error only LRN set
    express.f32().set('LRN', 'X').build();
    const onlyLrn = express.f32().set('LRN', 'X').build;
    expectTypeOf(onlyLrn).thisParameter.toExtend<`Missing: ${string}declarant${string}`>();
    // @ts-expect-error build() takes no element names: declarant alone does not make the filing complete
    b.build('declarant');
  });

  it('JoinNames and MissingElements spell the list in declaration order', () => {
    expectTypeOf<JoinNames<'a' | 'b' | 'c'>>().toEqualTypeOf<'a, b, c'>();
    expectTypeOf<JoinNames<never>>().toEqualTypeOf<''>();
    expectTypeOf<MissingElements<{ a: string; b: string; c?: string }, 'a'>>().toEqualTypeOf<'b'>();
    expectTypeOf<BuildContext<{ a: string; b: string; c: string }, 'a'>>().toEqualTypeOf<'Missing: b, c'>();
    expectTypeOf<BuildContext<{ a: string; b?: string }, 'a'>>().toBeUnknown();
  });

  it('set() refuses an element the filing type does not have', () => {
    // @ts-expect-error F32 has no activeBorderTransportMeans (F10 has)
    express.f32().set('activeBorderTransportMeans', { ModeOfTransport: '4' });
    // @ts-expect-error F10 has no hrcmScreeningResults
    sea.f10().set('hrcmScreeningResults', []);
    expectTypeOf<Parameters<Builder<IE3F10>['set']>[0]>().toEqualTypeOf<Exclude<keyof IE3F10, never>>();
  });

  it('set() checks nested values against the message interface', () => {
    // @ts-expect-error country is mandatory in addressedMemberState
    express.f32().set('addressedMemberState', {});
    const badMass = { consignmentHouseLevel: [{ ...goods.consignmentHouseLevel[0]!, totalGrossMass: true }] };
    // @ts-expect-error totalGrossMass takes a number or a decimal string, not a boolean
    express.f32().set('consignmentMasterLevel', badMass);
    const badCode = {
      consignmentHouseLevel: [
        { ...goods.consignmentHouseLevel[0]!, consignee: { ...declarant, typeOfPerson: 7 } },
      ],
    };
    // @ts-expect-error typeOfPerson is a string code
    express.f32().set('consignmentMasterLevel', badCode);
  });

  it('helpers produce groups that fit', () => {
    expectTypeOf(bulk('VR')).toEqualTypeOf<{ typeOfPackages: import('./packaging').BulkPackageType }>();
    // @ts-expect-error CT is not a bulk packaging type
    bulk('CT');
    // @ts-expect-error an address is street and number or P.O. box, not both
    party({ name: 'X', address: { street: 'S', number: '1', poBox: '2', city: 'C', country: 'DE' } });
  });

  it('amendment() derives the IE3Axx builder with the MRN set', () => {
    const a = express
      .f32()
      .set('LRN', 'LRN1')
      .set('documentIssueDate', new Date())
      .amendment('24DE12345678901TA0');
    expectTypeOf(a).toEqualTypeOf<
      Builder<IE3A32, 'documentIssueDate' | 'MRN' | 'SpecificCircumstanceIndicator'>
    >();
  });
});
