import { defineEnum, defineWords } from '../../i18n/define';

export const unitWords = defineWords(
  {
    closedUnits: 'Đơn vị đã giải thể, sáp nhập',
    mergedInto: 'Kế thừa bởi',
  },
  {
    closedUnits: 'Closed and merged units',
    mergedInto: 'Succeeded by',
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
