// The interface's words in Vietnamese (default) and English; the choice is remembered.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

import type { Lang } from './format';

const vi = {
  appName: 'Sen',
  appTagline: 'Theo dõi nhiệm vụ chiến lược',
  dashboard: 'Tổng quan',
  targets: 'Chỉ tiêu',
  units: 'Đơn vị',
  admin: 'Quản trị',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  usernameRequired: 'Hãy nhập tên đăng nhập',
  passwordRequired: 'Hãy nhập mật khẩu',
  language: 'English',
  unit: 'Đơn vị',
  period: 'Kỳ',
  loading: 'Đang tải…',
  error: 'Không tải được dữ liệu',
  retry: 'Thử lại',
  noData: 'Chưa có dữ liệu',
  noTargets: 'Chưa có chỉ tiêu cho đơn vị và kỳ này',
  summary: 'Kết quả thực hiện chỉ tiêu',
  statusChart: 'Đánh giá chỉ tiêu',
  byArea: 'Kết quả theo lĩnh vực',
  trend: 'Diễn biến qua các năm',
  indicator: 'Chỉ tiêu',
  area: 'Lĩnh vực',
  target: 'Chỉ tiêu KH',
  actual: 'Thực hiện',
  vintage: 'Số liệu',
  achievement: '% KH',
  status: 'Đánh giá',
  previous: 'Cùng kỳ năm trước',
  actions: 'Thao tác',
  exceeded: 'Vượt',
  met: 'Đạt',
  not_met: 'Không đạt',
  no_data: 'Chưa có số liệu',
  plan: 'Kế hoạch',
  estimate: 'Ước',
  preliminary: 'Sơ bộ',
  official: 'Chính thức',
  derived: 'Tổng hợp',
  illustrative: 'Minh họa',
  enterValue: 'Nhập số liệu',
  history: 'Lịch sử',
  breakdown: 'Theo đơn vị trực thuộc',
  value: 'Giá trị',
  source: 'Nguồn',
  note: 'Ghi chú',
  save: 'Lưu',
  cancel: 'Hủy',
  valueRequired: 'Hãy nhập giá trị',
  valueInvalid: 'Giá trị không hợp lệ; viết như 1.172,5',
  saved: 'Đã lưu',
  enteredBy: 'Người nhập',
  enteredAt: 'Thời điểm',
  importCsv: 'Nhập từ CSV',
  importHelp: 'Tệp CSV có các cột indicator, unit, period, vintage, value (và source, note). Nếu có dòng lỗi, không dòng nào được ghi.',
  chooseFile: 'Chọn tệp CSV',
  numbers: 'Cách viết số',
  numbersVi: 'Việt Nam (1.172,5)',
  numbersPlain: 'Máy tính (1172.5)',
  check: 'Kiểm tra',
  importNow: 'Ghi vào cơ sở dữ liệu',
  rowsOk: 'dòng hợp lệ',
  badRows: 'Các dòng có lỗi — chưa ghi dòng nào',
  line: 'Dòng',
  column: 'Cột',
  problem: 'Lỗi',
  imported: 'Đã nhập',
  rows: 'dòng',
  atDate: 'Tại ngày',
  closedUnits: 'Đơn vị đã giải thể, sáp nhập',
  mergedInto: 'Kế thừa bởi',
  lastDay: 'Ngày cuối',
  code: 'Mã',
  name: 'Tên',
  kind: 'Loại',
  users: 'Người dùng',
  addUser: 'Thêm người dùng',
  role: 'Vai trò',
  scope: 'Phạm vi',
  everywhere: 'Toàn bộ',
  disabled: 'Đã khóa',
  active: 'Đang dùng',
  edit: 'Sửa',
  disable: 'Khóa',
  enable: 'Mở khóa',
  displayName: 'Họ tên, chức danh',
  forbidden: 'Tài khoản này không có quyền xem trang này',
  notFound: 'Không có trang này',
  since2020: 'Lũy kế',
  changeVsPrevious: 'So cùng kỳ',
  description: 'Sen giúp cấp ủy và chính quyền theo dõi chỉ tiêu, nhiệm vụ và báo cáo.',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  appName: 'Sen',
  appTagline: 'Tracking strategic tasks',
  dashboard: 'Overview',
  targets: 'Targets',
  units: 'Units',
  admin: 'Administration',
  login: 'Log in',
  logout: 'Log out',
  username: 'User name',
  password: 'Password',
  usernameRequired: 'Enter your user name',
  passwordRequired: 'Enter your password',
  language: 'Tiếng Việt',
  unit: 'Unit',
  period: 'Period',
  loading: 'Loading…',
  error: 'The data could not be loaded',
  retry: 'Retry',
  noData: 'No data yet',
  noTargets: 'No targets for this unit and period',
  summary: 'Targets achieved',
  statusChart: 'Target status',
  byArea: 'Results by area',
  trend: 'Over the years',
  indicator: 'Indicator',
  area: 'Area',
  target: 'Target',
  actual: 'Actual',
  vintage: 'Figure',
  achievement: '% of plan',
  status: 'Status',
  previous: 'Same period last year',
  actions: 'Actions',
  exceeded: 'Exceeded',
  met: 'Met',
  not_met: 'Not met',
  no_data: 'No data',
  plan: 'Plan',
  estimate: 'Estimate',
  preliminary: 'Preliminary',
  official: 'Official',
  derived: 'Rolled up',
  illustrative: 'Illustrative',
  enterValue: 'Enter a figure',
  history: 'History',
  breakdown: 'By child unit',
  value: 'Value',
  source: 'Source',
  note: 'Note',
  save: 'Save',
  cancel: 'Cancel',
  valueRequired: 'Enter a value',
  valueInvalid: 'Invalid value; write it like 1,172.5',
  saved: 'Saved',
  enteredBy: 'Entered by',
  enteredAt: 'At',
  importCsv: 'Import CSV',
  importHelp: 'A CSV file with the columns indicator, unit, period, vintage, value (and source, note). If any row is bad, no row is written.',
  chooseFile: 'Choose a CSV file',
  numbers: 'Numbers written as',
  numbersVi: 'Vietnamese (1.172,5)',
  numbersPlain: 'Plain (1172.5)',
  check: 'Check',
  importNow: 'Write to the database',
  rowsOk: 'rows are valid',
  badRows: 'Rows with problems — nothing was written',
  line: 'Line',
  column: 'Column',
  problem: 'Problem',
  imported: 'Imported',
  rows: 'rows',
  atDate: 'On',
  closedUnits: 'Closed and merged units',
  mergedInto: 'Succeeded by',
  lastDay: 'Last day',
  code: 'Code',
  name: 'Name',
  kind: 'Kind',
  users: 'Users',
  addUser: 'Add a user',
  role: 'Role',
  scope: 'Scope',
  everywhere: 'Everywhere',
  disabled: 'Disabled',
  active: 'Active',
  edit: 'Edit',
  disable: 'Disable',
  enable: 'Enable',
  displayName: 'Name and title',
  forbidden: 'This account may not see this page',
  notFound: 'No such page',
  since2020: 'Cumulative',
  changeVsPrevious: 'vs last year',
  description: 'Sen helps Party committees and governments follow targets, tasks and reports.',
};

const areaNames: Record<Lang, Record<string, string>> = {
  vi: {
    party_building: 'Xây dựng Đảng và hệ thống chính trị',
    economy: 'Kinh tế',
    culture_society: 'Văn hóa – xã hội',
    defence_security: 'Quốc phòng – an ninh',
    environment: 'Môi trường',
  },
  en: {
    party_building: 'Party building and the political system',
    economy: 'Economy',
    culture_society: 'Culture and society',
    defence_security: 'Defence and security',
    environment: 'Environment',
  },
};

const roleNames: Record<Lang, Record<string, string>> = {
  vi: {
    admin: 'Quản trị', leader: 'Lãnh đạo', officer: 'Chuyên viên, cán bộ', inspector: 'Cán bộ kiểm tra',
    petition_officer: 'Cán bộ tiếp dân', viewer: 'Xem',
  },
  en: {
    admin: 'Administrator', leader: 'Leader', officer: 'Officer', inspector: 'Inspector',
    petition_officer: 'Petition officer', viewer: 'Viewer',
  },
};

interface I18n {
  lang: Lang;
  t: (key: Key) => string;
  area: (code: string) => string;
  role: (code: string) => string;
  toggle: () => void;
}

const Context = createContext<I18n | null>(null);
const storageKey = 'sen.lang';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(storageKey) === 'en' ? 'en' : 'vi'));
  const toggle = useCallback(() => {
    setLang((current) => {
      const next = current === 'vi' ? 'en' : 'vi';
      localStorage.setItem(storageKey, next);
      document.documentElement.lang = next;
      return next;
    });
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: (key) => (lang === 'vi' ? vi[key] : en[key]),
      area: (code) => areaNames[lang][code] ?? code,
      role: (code) => roleNames[lang][code] ?? code,
      toggle,
    }),
    [lang, toggle],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export const roles = Object.keys(roleNames.vi);
