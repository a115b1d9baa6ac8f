// The chosen unit's tasks due in the period and letters received in it, each count a link to the
// list behind it.
import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { formatNumber } from '../../format';
import { useI18n, type WordKey } from '../../i18n';
import { paths } from '../../paths';
import { periodEnd } from '../../selection';
import { can, useMe } from '../auth/session';
import { petitionQueries } from '../petitions/api';
import { taskQueries } from '../tasks/api';
import { byUrgency } from '../tasks/logic';
import { TaskStatusText } from '../tasks/TaskStatus';
import type { Scorecard } from '../targets/api';
import { overdueOfPeriod } from './unitWork';

function Count({ label, value, to, danger, testId }: { label: string; value: number; to: string; danger?: boolean; testId: string }) {
  const { lang } = useI18n();
  return (
    <Link to={to} className="count-link" data-testid={testId}>
      <Statistic title={label} value={formatNumber(value, 0, lang)} valueStyle={{ color: danger && value > 0 ? '#a8071a' : undefined }} />
    </Link>
  );
}

// The tasks' counts are the module's statistics for the unit's subtree and the period.
function Tasks({ unit, period }: { unit: string; period: string }) {
  const { t, name } = useI18n();
  const stats = useQuery(taskQueries.stats(period, 'record', unit));
  // The list under the count: statuses judged on the same day as the count (the period's end, for a past one).
  const overdue = useQuery({ ...taskQueries.list({ unit, status: 'overdue', as_of: stats.data?.today }), enabled: !!stats.data });
  const c = stats.data?.total;
  const list = (status: string) => `${paths.tasks}?unit=${encodeURIComponent(unit)}&status=${status}`;
  const cells: [string, number, boolean][] = c ? [
    ['overdue', c.overdue, true], ['in_progress', c.in_progress, false], ['done_on_time', c.done_on_time, false], ['done_late', c.done_late, false],
  ] : [];
  return (
    <Card title={<h2 className="card-heading">{t('tasksOfUnit')}</h2>} loading={stats.isPending} size="small"
      extra={<Link to={`${paths.tasks}?unit=${encodeURIComponent(unit)}`}>{t('seeAll')}</Link>}>
      <Row gutter={[12, 12]}>
        {cells.map(([status, value, danger]) => (
          <Col key={status} xs={12} md={6}>
            <Count label={name('taskStatus', status)} value={value} to={list(status)} danger={danger} testId={`dashboard-tasks-${status}`} />
          </Col>
        ))}
      </Row>
      {!!overdue.data && overdueOfPeriod(overdue.data.items, periodEnd(period)).length > 0 && (
        <List size="small" header={<Typography.Text strong>{t('mostOverdue')}</Typography.Text>}
          dataSource={byUrgency(overdueOfPeriod(overdue.data.items, periodEnd(period))).slice(0, 3)}
          renderItem={(task) => (
            <List.Item>
              <Link to={`${paths.tasks}?unit=${encodeURIComponent(unit)}&open=${task.id}`}>{task.title}</Link>{' '}
              <TaskStatusText status={task.status} daysLeft={task.days_left} />
            </List.Item>
          )} />
      )}
    </Card>
  );
}

// The letters' counts are the module's statistics for the unit and period: the figures its report states.
function Letters({ card }: { card: Scorecard }) {
  const { t } = useI18n();
  const letters = useQuery(petitionQueries.stats(card.period.code, card.unit));
  const c = letters.data;
  // Letters still open from before the period are counted with it; their cell shows when there are any.
  const cells: [WordKey, number, string, boolean][] = c ? [
    ['receivedLetters', c.received, '', false],
    ...(c.carried_over > 0 ? [['carriedLetters', c.carried_over, '', false] as [WordKey, number, string, boolean]] : []),
    ['openLetters', c.open, '', false],
    ['overdueLetters', c.overdue, '', true], ['resolvedLetters', c.resolved, '&status=resolved', false],
  ] : [];
  return (
    <Card title={<h2 className="card-heading">{t('lettersOfUnit')}</h2>} loading={letters.isPending} size="small"
      extra={<Link to={paths.petitions}>{t('seeAll')}</Link>}>
      <Row gutter={[12, 12]}>
        {cells.map(([label, value, filter, danger]) => (
          <Col key={label} xs={12} md={cells.length > 4 ? 4 : 6}>
            <Count label={t(label)} value={value} to={`${paths.petitions}?view=queue${filter}`} danger={danger} testId={`dashboard-letters-${label}`} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

export function UnitWork({ card }: { card: Scorecard }) {
  const me = useMe();
  return (
    <Row gutter={[16, 16]} data-testid="unit-work">
      {can(me.data, 'tasks.read') && <Col span={24}><Tasks unit={card.unit} period={card.period.code} /></Col>}
      {can(me.data, 'petitions.read') && <Col span={24}><Letters card={card} /></Col>}
    </Row>
  );
}
