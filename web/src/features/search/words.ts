import { defineEnum, defineWords } from '../../i18n/define';

export const searchWords = defineWords(
  {
    searchPlaceholder: 'Tìm nhiệm vụ, đơn thư, dự án, tệp…',
    searchTitle: 'Kết quả tìm kiếm',
    searchNone: 'Không tìm thấy kết quả phù hợp',
    searchMore: 'Xem thêm',
    searchHint: 'Gõ có dấu hay không dấu đều được: "giai ngan" tìm thấy "giải ngân".',
    searchEmpty: 'Gõ từ cần tìm vào ô tìm kiếm ở đầu trang.',
  },
  {
    searchPlaceholder: 'Search tasks, letters, projects, files…',
    searchTitle: 'Search results',
    searchNone: 'Nothing found',
    searchMore: 'More',
    searchHint: 'With or without Vietnamese marks: "giai ngan" finds "giải ngân".',
    searchEmpty: 'Type what to look for in the search box at the top of the page.',
  },
);

export const searchEnums = {
  searchKind: defineEnum({
    unit: ['Đơn vị', 'Unit'],
    indicator: ['Chỉ tiêu', 'Indicator'],
    task: ['Nhiệm vụ', 'Task'],
    document: ['Văn bản', 'Document'],
    petition: ['Đơn thư', 'Letter'],
    project: ['Dự án', 'Project'],
    oversight_case: ['Kiểm tra, giám sát', 'Oversight case'],
    file: ['Tệp', 'File'],
    party_member: ['Đảng viên', 'Party member'],
  }),
};
