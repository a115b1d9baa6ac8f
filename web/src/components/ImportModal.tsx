// CSV import in two steps: check (a dry run that previews the rows or lists every bad row), then
// write. The server writes all rows or none. `path` is an import route taking dry_run and numbers.
import { useQueryClient } from '@tanstack/react-query';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Progress, Radio, Space, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';

import { ApiError, uploadCsv, type ProblemRow } from '../api/client';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { errorText } from './States';

interface ImportAnswer<Row> {
  rows: number;
  written: boolean;
  preview?: Row[];
}

export function ImportModal<Row extends object>({ path, help, columns, rowKey, onClose }: {
  path: string;
  help: string;
  columns: ColumnsType<Row>;
  rowKey: (row: Row) => string;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [numbers, setNumbers] = useState<'vi' | 'plain'>('vi');
  const [progress, setProgress] = useState<number | null>(null);
  const [checked, setChecked] = useState<ImportAnswer<Row> | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  async function send(dryRun: boolean) {
    if (text === null) return;
    setProblem(null);
    setProgress(0);
    try {
      const answer = await uploadCsv<ImportAnswer<Row>>(`${path}?numbers=${numbers}&dry_run=${dryRun}`, text, setProgress);
      if (dryRun) setChecked(answer);
      else {
        message.success(`${t('imported')} ${formatNumber(answer.rows, 0, lang)} ${t('rows')}`);
        await queryClient.invalidateQueries();
        onClose();
      }
    } catch (e) {
      setChecked(null);
      setProblem(e instanceof ApiError ? e : new ApiError(0, String(e)));
    } finally {
      setProgress(null);
    }
  }

  return (
    <Modal open title={t('importCsv')} onCancel={onClose} footer={null} width={Math.min(760, window.innerWidth)}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
        <Upload
          accept=".csv,text/csv"
          maxCount={1}
          data-testid="csv-file"
          beforeUpload={async (file) => {
            setChecked(null);
            setProblem(null);
            setFileName(file.name);
            setText(await file.text());
            return false;  // read here, sent by the buttons below
          }}
          onRemove={() => {
            setText(null);
            setChecked(null);
          }}
        >
          <Button icon={<UploadOutlined />}>{t('chooseFile')}</Button>
        </Upload>
        <Radio.Group value={numbers} onChange={(e) => setNumbers(e.target.value)} aria-label={t('numbers')}>
          <Radio value="vi">{t('numbersVi')}</Radio>
          <Radio value="plain">{t('numbersPlain')}</Radio>
        </Radio.Group>
        <Space>
          <Button onClick={() => send(true)} disabled={text === null} data-testid="csv-check">{t('check')}</Button>
          <Button type="primary" onClick={() => send(false)} disabled={!checked} data-testid="csv-import">{t('importNow')}</Button>
        </Space>
        {progress !== null && <Progress percent={Math.round(progress * 100)} size="small" />}
        {checked && (
          <>
            <Alert type="success" showIcon message={`${fileName}: ${formatNumber(checked.rows, 0, lang)} ${t('rowsOk')}`} />
            <Table<Row> size="small" rowKey={rowKey} pagination={false} dataSource={checked.preview ?? []} scroll={{ x: true }}
              columns={columns} />
          </>
        )}
        {problem && (
          <>
            <Alert type="error" showIcon message={errorText(problem, t)} description={problem.errors.length > 0 ? t('badRows') : undefined} data-testid="csv-problem" />
            {problem.errors.length > 0 && (
              <Table<ProblemRow>
                size="small"
                rowKey={(r) => `${r.line}/${r.field}/${r.detail}`}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                dataSource={problem.errors}
                data-testid="csv-bad-rows"
                columns={[
                  { title: t('line'), dataIndex: 'line', width: 70 },
                  { title: t('column'), dataIndex: 'field', width: 110 },
                  { title: t('problem'), dataIndex: 'detail' },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
