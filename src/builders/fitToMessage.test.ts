import { describe, expect, it } from 'vitest';
import { IE3F32Meta } from '../generated/messages/IE3F32';
import { fitToMessage } from './fitToMessage';

describe('fitToMessage', () => {
  it('drops what the message does not have, at every level', () => {
    const out = fitToMessage(IE3F32Meta.root, {
      LRN: 'L1',
      activeBorderTransportMeans: { ModeOfTransport: '4' },
      consignmentMasterLevel: {
        carrier: {},
        consignmentHouseLevel: [{ totalGrossMass: 1, containerIndicator: '0' }],
      },
    });
    expect(out).toEqual({
      LRN: 'L1',
      consignmentMasterLevel: { consignmentHouseLevel: [{ totalGrossMass: 1 }] },
    });
  });

  it('wraps a single value where the message repeats it and takes the first where it does not', () => {
    const out = fitToMessage(IE3F32Meta.root, {
      consignmentMasterLevel: {
        consignmentHouseLevel: {
          goodsItem: { packaging: [{ numberOfPackages: 2 }, { numberOfPackages: 3 }] },
        },
      },
    }) as any;
    expect(out.consignmentMasterLevel.consignmentHouseLevel[0].goodsItem[0].packaging).toEqual({
      numberOfPackages: 2,
    });
  });

  it('copies values instead of sharing them', () => {
    const d = new Date('2024-01-01T00:00:00Z');
    const out = fitToMessage(IE3F32Meta.root, { documentIssueDate: d }) as any;
    expect(out.documentIssueDate).not.toBe(d);
    expect(out.documentIssueDate.getTime()).toBe(d.getTime());
  });
});
