// Văn bản chỉ đạo: each directive document with the tasks assigned from it and their statuses;
// a task opens where tasks are followed up.
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Space, Typography } from 'antd';

import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { formatDate, formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { RowLink } from '../../components/RowLink';
import { taskQueries, type Document } from './api';
import { byUrgency } from './logic';
import { taskStatuses, TaskStatusText } from './TaskStatus';

function DocumentCard({ doc }: { doc: Document }) {
  const { t, lang, name } = useI18n();
  const detail = useQuery(taskQueries.document(doc.id));
  const tasks = detail.data ? byUrgency(detail.data.tasks) : [];
  const counts = taskStatuses.map((s) => [s, tasks.filter((x) => x.status === s).length] as const).filter(([, n]) => n > 0);
  return (
    <Card size="small" data-testid={`directive-${doc.id}`}
      title={<h2 className="card-heading">{name('documentKind', doc.kind)} {doc.number} {doc.illustrative && <IllustrativeTag source={doc.source} />}</h2>}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{doc.summary}</Typography.Paragraph>
      <Typography.Text type="secondary">{t('issuer')}: {doc.issuer} · {t('issuedOn')}: {formatDate(doc.issued_on)}</Typography.Text>
      <QueryState isPending={detail.isPending} error={detail.error} refetch={detail.refetch} />
      {detail.data && (
        <List size="small" style={{ marginTop: 8 }}
          header={<Space wrap><b>{t('tasksOfDocument', { n: formatNumber(tasks.length, 0, lang) })}</b>
            {counts.map(([s, n]) => <span key={s}>{name('taskStatus', s)}: {formatNumber(n, 0, lang)}</span>)}</Space>}
          locale={{ emptyText: t('noTasksOfDocument') }}
          dataSource={tasks}
          renderItem={(task) => (
            <List.Item>
              <Space direction="vertical" size={0} style={{ width: '100%' }}>
                <RowLink id={task.id} to={paths.tasks} testId={`directive-task-${task.id}`}>{task.title}</RowLink>
                <Space wrap size={4}>
                  <TaskStatusText status={task.status} daysLeft={task.days_left} />
                  <Typography.Text type="secondary">{task.lead_unit_name} · {t('deadline')} {formatDate(task.due)}</Typography.Text>
                </Space>
              </Space>
            </List.Item>
          )} />
      )}
    </Card>
  );
}

export default function DirectivesPage() {
  const { t } = useI18n();
  const documents = useQuery(taskQueries.documents());
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('directives')} />
      <Typography.Text type="secondary">{t('directivesHelp')}</Typography.Text>
      <QueryState isPending={documents.isPending} error={documents.error} refetch={documents.refetch} />
      {documents.data?.items.length === 0 && <Empty description={t('noData')} />}
      {documents.data?.items.map((d) => <DocumentCard key={d.id} doc={d} />)}
    </Space>
  );
}
