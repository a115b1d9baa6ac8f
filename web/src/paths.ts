// The app's addresses, in Vietnamese.
export const paths = {
  login: '/dang-nhap',
  dashboard: '/tong-quan',
  targets: '/chi-tieu',
  units: '/don-vi',
  admin: '/quan-tri',
};
