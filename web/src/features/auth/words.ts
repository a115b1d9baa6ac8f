import { defineWords } from '../../i18n/define';

export const authWords = defineWords(
  {
    login: 'Đăng nhập',
    description: 'Sen giúp cấp ủy và chính quyền theo dõi chỉ tiêu, nhiệm vụ và báo cáo.',
  },
  {
    login: 'Log in',
    description: 'Sen helps Party committees and governments follow targets, tasks and reports.',
  },
);
