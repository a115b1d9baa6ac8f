// The app's addresses, in Vietnamese.
export const paths = {
  login: '/dang-nhap',
  dashboard: '/tong-quan',
  presentation: '/trinh-chieu',
  targets: '/chi-tieu',
  readReport: '/chi-tieu/doc-bao-cao',
  tasks: '/nhiem-vu',
  directives: '/van-ban-chi-dao',
  petitions: '/don-thu',
  projects: '/du-an',
  oversight: '/kiem-tra-giam-sat',
  reports: '/bao-cao',
  openData: '/du-lieu-mo',
  lookup: '/tra-cuu',
  units: '/don-vi',
  calendar: '/lich',
  admin: '/quan-tri',
  search: '/tim-kiem',
} as const;

// A task, a letter or a case opened from a list: the list's address with ?open=id, so that
// each row is a real link (keyboard, new tab, shareable).
export const withOpen = (search: string, id: number | string) => {
  const q = new URLSearchParams(search);
  q.set('open', String(id));
  return `?${q}`;
};
