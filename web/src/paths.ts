// The app's addresses, in Vietnamese.
export const paths = {
  login: '/dang-nhap',
  dashboard: '/tong-quan',
  targets: '/chi-tieu',
  readReport: '/chi-tieu/doc-bao-cao',
  tasks: '/nhiem-vu',
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
};
