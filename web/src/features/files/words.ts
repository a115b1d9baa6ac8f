import { defineWords } from '../../i18n/define';

export const fileWords = defineWords(
  {
    files: 'Tệp đính kèm',
    filesNone: 'Chưa có tệp',
    fileUpload: 'Tải tệp lên',
    fileUploaded: 'Đã tải tệp lên',
    fileTypes: 'PDF, DOCX, XLSX, PNG, JPEG hoặc văn bản; tối đa 25 MB',
    fileDownload: 'Tải về',
    filePreview: 'Xem',
    fileRemove: 'Gỡ',
    fileRemoveConfirm: 'Gỡ tệp này khỏi hồ sơ? Nhật ký vẫn ghi lại.',
    fileRemoved: 'Đã gỡ tệp',
    fileName: 'Tên tệp',
    fileSize: 'Dung lượng',
    fileUploadedBy: 'Người tải lên',
  },
  {
    files: 'Attached files',
    filesNone: 'No files yet',
    fileUpload: 'Upload a file',
    fileUploaded: 'File uploaded',
    fileTypes: 'PDF, DOCX, XLSX, PNG, JPEG or text; at most 25 MB',
    fileDownload: 'Download',
    filePreview: 'View',
    fileRemove: 'Remove',
    fileRemoveConfirm: 'Remove this file from the record? The audit trail keeps it.',
    fileRemoved: 'File removed',
    fileName: 'File name',
    fileSize: 'Size',
    fileUploadedBy: 'Uploaded by',
  },
);
