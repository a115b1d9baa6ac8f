// Đơn vị: the hierarchy as it stood on a chosen day, the units closed or merged before it, and the
// lineage of the unit chosen in either.
import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Row, Space, Table, Tag, Tree, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

import { api, type Items, type Unit } from '../api';
import { IllustrativeTag } from '../components/Tags';
import { QueryState } from '../components/States';
import { allUnits } from '../components/UnitPeriodPicker';
import { formatDate } from '../format';
import { useI18n } from '../i18n';
import LineageCard from './units/LineageCard';

interface Node {
  key: string;
  title: React.ReactNode;
  children: Node[];
}

export default function UnitsPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const at = params.get('at') ?? dayjs().format('YYYY-MM-DD');
  const chosen = params.get('unit');
  const choose = (code: string) => setParams({ at, unit: code });
  const units = useQuery({ queryKey: ['units', at], queryFn: () => allUnits(at) });
  const closed = useQuery({
    queryKey: ['units-closed', at],
    queryFn: () => api<Items<Unit>>('GET', `/api/v1/units?at=${at}&state=closed`),
  });
  const names = useMemo(() => new Map((closed.data?.items ?? []).concat(units.data ?? []).map((u) => [u.code, u.name])), [closed.data, units.data]);

  const tree = useMemo(() => {
    const nodes = new Map<string, Node>();
    for (const u of units.data ?? []) {
      nodes.set(u.code, {
        key: u.code,
        title: (
          <span>
            {(lang === 'en' && u.name_en) || u.name} <Typography.Text type="secondary">({u.code})</Typography.Text>{' '}
            <Tag>{u.kind}</Tag>
            {u.illustrative && <IllustrativeTag source={u.source} />}
          </span>
        ),
        children: [],
      });
    }
    const roots: Node[] = [];
    for (const u of units.data ?? []) {
      const parent = u.parent ? nodes.get(u.parent) : undefined;
      (parent ? parent.children : roots).push(nodes.get(u.code)!);
    }
    return roots;
  }, [units.data, lang]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('units')}</Typography.Title>
        <Space>
          <Typography.Text>{t('atDate')}</Typography.Text>
          <DatePicker
            aria-label={t('atDate')}
            data-testid="units-date"
            format="DD/MM/YYYY"
            allowClear={false}
            value={dayjs(at)}
            onChange={(d) => d && setParams({ at: d.format('YYYY-MM-DD'), ...(chosen ? { unit: chosen } : {}) })}
          />
        </Space>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={`${t('units')} — ${formatDate(at)}`}>
            <QueryState isPending={units.isPending} error={units.error} refetch={units.refetch} empty={units.data?.length === 0} />
            {tree.length > 0 && <Tree
                treeData={tree}
                defaultExpandAll
                selectedKeys={chosen ? [chosen] : []}
                onSelect={(keys) => keys[0] && choose(String(keys[0]))}
                key={at}
                data-testid="units-tree"
              />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('closedUnits')}>
            <QueryState isPending={closed.isPending} error={closed.error} />
            {closed.data && (
              <Table
                size="small"
                rowKey="code"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                dataSource={closed.data.items}
                locale={{ emptyText: t('noData') }}
                scroll={{ x: true }}
                onRow={(u: Unit) => ({ onClick: () => choose(u.code), style: { cursor: 'pointer' } })}
                columns={[
                  { title: t('name'), render: (_, u: Unit) => <>{u.name} ({u.code}) {u.illustrative && <IllustrativeTag source={u.source} />}</> },
                  { title: t('lastDay'), dataIndex: 'valid_to', render: (d: string) => formatDate(d) },
                  {
                    title: t('mergedInto'),
                    render: (_, u: Unit) => (u.successors ?? []).map((s) => <Tag key={s.successor}>{names.get(s.successor) ?? s.successor}</Tag>),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        {chosen && (
          <Col xs={24}>
            <LineageCard code={chosen} />
          </Col>
        )}
      </Row>
    </Space>
  );
}
