import { defineEnum, defineWords } from '../../i18n/define';

export const unitWords = defineWords(
  {
    closedUnits: 'Đơn vị đã giải thể, sáp nhập',
    mergedInto: 'Kế thừa bởi',
    lineage: 'Kế thừa',
    lineageFrom: 'Hình thành từ',
    lineageNone: 'Không có',
    lineageWhole: 'toàn bộ',
    lineageIllustrative: 'minh họa',
    lineageByPopulation: 'theo dân số',
    lineageByArea: 'theo diện tích',
    lineageByIndicator: 'theo chỉ tiêu {code}',
    lineageHint: 'Chọn một đơn vị trong cây hoặc trong danh sách đã giải thể để xem đơn vị đó hình thành từ đâu và do ai kế thừa.',
  },
  {
    closedUnits: 'Closed and merged units',
    mergedInto: 'Succeeded by',
    lineage: 'Lineage',
    lineageFrom: 'Formed from',
    lineageNone: 'None',
    lineageWhole: 'whole',
    lineageIllustrative: 'illustrative',
    lineageByPopulation: 'by population',
    lineageByArea: 'by area',
    lineageByIndicator: 'for indicator {code}',
    lineageHint: 'Choose a unit in the tree or among the closed ones to see what it was formed from and who succeeded it.',
  },
);

export const unitEnums = {
  unitKind: defineEnum({
    province: ['Tỉnh', 'Province'],
    city: ['Thành phố', 'City'],
    town: ['Thị xã', 'Town'],
    district: ['Huyện', 'District'],
    ward: ['Phường', 'Ward'],
    commune: ['Xã', 'Commune'],
    township: ['Thị trấn', 'Township'],
    special_zone: ['Đặc khu', 'Special zone'],
    party_committee: ['Đảng bộ', 'Party committee'],
    party_organization: ['Tổ chức cơ sở đảng', 'Grassroots party organisation'],
    party_cell: ['Chi bộ', 'Party cell'],
    agency: ['Cơ quan, ban, ngành', 'Agency'],
  }),
};
