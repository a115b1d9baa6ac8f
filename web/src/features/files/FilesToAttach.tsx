// Files chosen in a record's form before the record exists: each is uploaded at once
// (POST /api/v1/files) and the form sends their ids with the record (files: [id]), which attaches
// them in the same write. A Form.Item control: its value is the list of uploaded ids.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useEffect, useState } from 'react';

import { errorText } from '../../components/States';
import { useI18n } from '../../i18n';
import { uploadFirst } from './api';

type Chosen = UploadFile & { fileId?: number };

export function FilesToAttach({ onChange }: { value?: number[]; onChange?: (ids: number[]) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [list, setList] = useState<Chosen[]>([]);
  useEffect(() => { onChange?.(list.flatMap((f) => (f.fileId ? [f.fileId] : []))); }, [list]);
  return (
    <Upload fileList={list} onRemove={(f) => setList((now) => now.filter((x) => x.uid !== f.uid))}
      beforeUpload={(file) => {
        setList((now) => [...now, { uid: file.uid, name: file.name, status: 'uploading' }]);
        uploadFirst(file).then(
          (stored) => setList((now) => now.map((x) => (x.uid === file.uid ? { ...x, status: 'done', fileId: stored.id } : x))),
          (error) => {
            message.error(errorText(error, t));
            setList((now) => now.filter((x) => x.uid !== file.uid));
          });
        return false;
      }}>
      <Button icon={<UploadOutlined />} data-testid="files-to-attach">{t('fileUpload')}</Button>
    </Upload>
  );
}
