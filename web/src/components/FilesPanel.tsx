// The files of one record: list, upload (multipart, field `file`), download, preview of PDFs and
// images, and removal for those who may write the record.
import { DeleteOutlined, DownloadOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Modal, Popconfirm, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';

import { api, uploadFile, type StoredFile } from '../api';
import { useI18n } from '../i18n';
import { QueryState } from './States';

function size(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

// `record` is the record's API path, e.g. /api/v1/projects/ADB-HT.
export function FilesPanel({ record, canWrite }: { record: string; canWrite: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<StoredFile | null>(null);
  const key = ['files', record];
  const list = useQuery({ queryKey: key, queryFn: () => api<{ items: StoredFile[] }>('GET', `${record}/files`) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const upload = useMutation({
    mutationFn: (file: File) => uploadFile<StoredFile>(`${record}/files`, file),
    onSuccess: () => { message.success(t('fileUploaded')); refresh(); },
    onError: (e: Error) => message.error(e.message),
  });
  const remove = useMutation({
    mutationFn: (f: StoredFile) => api('DELETE', f.url),
    onSuccess: () => { message.success(t('fileRemoved')); refresh(); },
    onError: (e: Error) => message.error(e.message),
  });

  return (
    <Card title={t('files')} data-testid="files-panel" extra={canWrite && (
      <Upload showUploadList={false} beforeUpload={(file) => { upload.mutate(file); return false; }}>
        <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="file-upload">{t('fileUpload')}</Button>
      </Upload>
    )}>
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
      {list.data && (
        <Table<StoredFile> size="small" rowKey="id" pagination={false} dataSource={list.data.items}
          locale={{ emptyText: t('filesNone') }}
          columns={[
            { title: t('files'), dataIndex: 'name', render: (name: string, f) => <a href={f.url} download data-testid="file-name">{name}</a> },
            { title: t('fileSize'), dataIndex: 'size', render: size, width: 100 },
            { title: t('fileUploadedBy'), dataIndex: 'uploaded_by', width: 160 },
            { title: '', key: 'actions', width: 150, render: (_, f) => (
              <Space>
                {f.preview && <Button size="small" icon={<EyeOutlined />} onClick={() => setPreview(f)} aria-label={t('filePreview')} data-testid="file-preview" />}
                <Button size="small" icon={<DownloadOutlined />} href={f.url} download aria-label={t('fileDownload')} />
                {canWrite && (
                  <Popconfirm title={t('fileRemoveConfirm')} onConfirm={() => remove.mutate(f)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('fileRemove')} />
                  </Popconfirm>
                )}
              </Space>
            ) },
          ]} />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('fileTypes')}</Typography.Paragraph>
      <Modal open={preview !== null} title={preview?.name} footer={null} width="80%" onCancel={() => setPreview(null)} destroyOnHidden>
        {preview && (preview.media_type === 'application/pdf'
          ? <iframe title={preview.name} src={`${preview.url}?inline=true`} style={{ width: '100%', height: '75vh', border: 0 }} data-testid="pdf-preview" />
          : <img alt={preview.name} src={`${preview.url}?inline=true`} style={{ maxWidth: '100%' }} data-testid="image-preview" />)}
      </Modal>
    </Card>
  );
}
