// The files of one record: list, upload (multipart, field `file`), download, preview of PDFs and
// images, and removal for those who may write the record.
import { DeleteOutlined, DownloadOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Modal, Popconfirm, Space, Typography, Upload } from 'antd';
import { useState } from 'react';

import { ResponsiveTable } from '../../components/ResponsiveTable';
import { errorText, QueryState } from '../../components/States';
import { useI18n } from '../../i18n';
import { fileKeys, fileQueries, inlineHref, removeFile, uploadFile, type StoredFile } from './api';
import { fileSize } from './size';

// `record` is the record's API path (fileRecord in ./api); `heading` the level of the card's title.
export function FilesPanel({ record, canWrite, heading = 2 }: { record: string; canWrite: boolean; heading?: 2 | 3 }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<StoredFile | null>(null);
  const list = useQuery(fileQueries.list(record));
  const refresh = () => queryClient.invalidateQueries({ queryKey: fileKeys.record(record) });
  const upload = useMutation({
    mutationFn: (file: File) => uploadFile(record, file),
    onSuccess: () => { message.success(t('fileUploaded')); refresh(); },
    onError: (e: Error) => message.error(errorText(e, t)),
  });
  const remove = useMutation({
    mutationFn: removeFile,
    onSuccess: () => { message.success(t('fileRemoved')); refresh(); },
    onError: (e: Error) => message.error(errorText(e, t)),
  });
  const Heading = heading === 2 ? 'h2' : 'h3';

  return (
    <Card size="small" title={<Heading className="card-heading" style={{ fontSize: 16, margin: 0 }}>{t('files')}</Heading>} data-testid="files-panel"
      extra={canWrite && (
        <Upload showUploadList={false} beforeUpload={(file) => { upload.mutate(file); return false; }}>
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="file-upload">{t('fileUpload')}</Button>
        </Upload>
      )}>
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
      {list.data && (list.data.items.length === 0 ? <Typography.Text type="secondary">{t('filesNone')}</Typography.Text> : (
        <ResponsiveTable<StoredFile> size="small" rowKey={(f) => String(f.id)} pagination={false} dataSource={list.data.items}
          columns={[
            { title: t('fileName'), dataIndex: 'name', render: (name: string, f) => <a href={f.url} download data-testid="file-name" style={{ overflowWrap: 'anywhere' }}>{name}</a> },
            { title: t('fileSize'), dataIndex: 'size', render: (n: number) => fileSize(n, lang), width: 100 },
            { title: t('fileUploadedBy'), dataIndex: 'uploaded_by', width: 160 },
            { title: t('actions'), key: 'actions', width: 150, render: (_, f) => (
              <Space>
                {f.preview && <Button size="small" icon={<EyeOutlined />} onClick={() => setPreview(f)} aria-label={`${t('filePreview')} ${f.name}`} data-testid="file-preview" />}
                <Button size="small" icon={<DownloadOutlined />} href={f.url} download aria-label={`${t('fileDownload')} ${f.name}`} />
                {canWrite && (
                  <Popconfirm title={t('fileRemoveConfirm')} onConfirm={() => remove.mutate(f)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('fileRemove')} ${f.name}`} />
                  </Popconfirm>
                )}
              </Space>
            ) },
          ]} />
      ))}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('fileTypes')}</Typography.Paragraph>
      <Modal open={preview !== null} title={preview?.name} footer={null} width="80%" onCancel={() => setPreview(null)} destroyOnHidden>
        {preview && (preview.media_type === 'application/pdf'
          ? <iframe title={preview.name} src={inlineHref(preview)} style={{ width: '100%', height: '75vh', border: 0 }} data-testid="pdf-preview" />
          : <img alt={preview.name} src={inlineHref(preview)} style={{ maxWidth: '100%' }} data-testid="image-preview" />)}
      </Modal>
    </Card>
  );
}
