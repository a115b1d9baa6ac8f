import { defineEnum, defineWords } from '../../i18n/define';

export const calendarWords = defineWords(
  {
    lunarDate: 'Ngày âm lịch',
    solarDate: 'Ngày dương lịch',
    holidays: 'Ngày nghỉ lễ, tết',
    deadlineCalculator: 'Tính thời hạn theo quy định',
    rule: 'Quy định',
    variant: 'Trường hợp',
    eventDate: 'Ngày phát sinh (nhận đơn, thụ lý…)',
    dueDate: 'Hạn cuối',
    compute: 'Tính',
  },
  {
    lunarDate: 'Lunar date',
    solarDate: 'Solar date',
    holidays: 'Public holidays and days off',
    deadlineCalculator: 'Legal deadline calculator',
    rule: 'Rule',
    variant: 'Case',
    eventDate: 'Day of the event (received, accepted…)',
    dueDate: 'Due',
    compute: 'Compute',
  },
);

export const calendarEnums = {
  holidayKind: defineEnum({
    holiday: ['Nghỉ lễ, tết', 'Public holiday'],
    compensatory: ['Nghỉ bù', 'Day off in lieu'],
    decision: ['Nghỉ theo quyết định', 'Day off by decision'],
    working_day: ['Làm bù', 'Working day in exchange'],
  }),
  ruleVariant: defineEnum({
    base: ['Thông thường', 'Ordinary'],
    several_places: ['Xác minh ở nhiều địa điểm', 'Verified at several places'],
    complex: ['Vụ việc phức tạp', 'Complex case'],
    very_complex: ['Vụ việc đặc biệt phức tạp', 'Very complex case'],
    remote: ['Vùng sâu, vùng xa', 'Remote area'],
    remote_complex: ['Vùng sâu, vùng xa, phức tạp', 'Remote area, complex case'],
  }),
  deadlineRule: defineEnum({
    letter_processing: ['Phân loại và xử lý đơn', 'Classify and process a letter'],
    denunciation_acceptance: ['Thụ lý tố cáo', 'Accept a denunciation'],
    denunciation_forwarding: ['Chuyển tố cáo không thuộc thẩm quyền', 'Forward a denunciation outside competence'],
    denunciation_resolution: ['Giải quyết tố cáo', 'Resolve a denunciation'],
    complaint_acceptance: ['Thụ lý khiếu nại', 'Accept a complaint'],
    complaint_first_resolution: ['Giải quyết khiếu nại lần đầu', 'Resolve a first complaint'],
    complaint_second_resolution: ['Giải quyết khiếu nại lần hai', 'Resolve a second complaint'],
  }),
  dayBasis: defineEnum({ working_days: ['ngày làm việc', 'working days'], calendar_days: ['ngày', 'days'] }),
};
