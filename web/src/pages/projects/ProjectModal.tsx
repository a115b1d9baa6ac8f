// Registering a project, or editing one: what it is, who manages it, where, how much and from
// which sources (amounts typed in triệu đồng, stored in đồng).
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, TreeSelect } from 'antd';
import { useMemo } from 'react';

import { api, ApiError, type Project } from '../../api';
import { allUnits, unitTree } from '../../components/UnitPeriodPicker';
import { formatNumber, parseNumber } from '../../format';
import { useI18n } from '../../i18n';
import { sourceName, stageName, stages } from './labels';

interface Draft {
  code: string; name: string; group: string; investor: string; managing_unit: string; total: string;
  start_year: number; end_year: number; stage: string; decision?: string; locations: string[];
  funding: { source: string; amount: string }[];
}

export function ProjectModal({ project, onClose, onSaved }: { project?: Project; onClose: () => void; onSaved: (code: string) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const at = `${project?.end_year ?? new Date().getFullYear()}-12-31`;
  const units = useQuery({ queryKey: ['units', at], queryFn: () => allUnits(at) });
  const tree = useMemo(() => unitTree(units.data ?? []), [units.data]);
  const dong = (text: string) => Math.round((parseNumber(text, lang) ?? -1) * 1e6);
  const million = (v: number) => formatNumber(v / 1e6, 3, lang);
  const save = useMutation({
    mutationFn: (d: Draft) => {
      const body = {
        name: d.name, group: d.group, investor: d.investor, managing_unit: d.managing_unit, total_investment: dong(d.total),
        start_year: d.start_year, end_year: d.end_year, stage: d.stage, decision: d.decision || null, locations: d.locations ?? [],
        funding: (d.funding ?? []).map((f) => ({ source: f.source, amount: dong(f.amount) })),
      };
      return project
        ? api<Project>('PATCH', `/api/v1/projects/${encodeURIComponent(project.code)}`, { ...body, version: project.version })
        : api<Project>('POST', '/api/v1/projects', { ...body, code: d.code });
    },
    onSuccess: async (p) => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: ['projects'] });
      onSaved(p.code);
    },
  });
  const error = save.error as ApiError | null;
  const thisYear = new Date().getFullYear();
  const initial: Partial<Draft> = project
    ? { ...project, total: million(project.total_investment), decision: project.decision ?? undefined,
        funding: project.funding.map((f) => ({ source: f.source, amount: million(f.amount) })) }
    : { group: 'C', stage: 'preparation', start_year: thisYear, end_year: thisYear + 2, locations: [], funding: [{ source: 'city', amount: '' }] };
  return (
    <Modal open title={project ? t('editProject') : t('newProject')} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'project-save' } as React.ComponentProps<typeof Button>}
      onOk={() => form.submit()} onCancel={onClose} width={Math.min(760, window.innerWidth)}>
      {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={initial}>
        <Space wrap>
          <Form.Item label={t('projectCode')} name="code" rules={[{ required: true, message: t('valueRequired') }]}>
            <Input disabled={!!project} style={{ width: 180 }} data-testid="project-code" />
          </Form.Item>
          <Form.Item label={t('projectGroup')} name="group"><Select style={{ width: 90 }} options={['A', 'B', 'C'].map((g) => ({ value: g, label: g }))} /></Form.Item>
          <Form.Item label={t('stage')} name="stage"><Select style={{ width: 200 }} options={stages.map((s) => ({ value: s, label: stageName(t, s) }))} /></Form.Item>
        </Space>
        <Form.Item label={t('projectName')} name="name" rules={[{ required: true, message: t('valueRequired') }]}><Input data-testid="project-name" /></Form.Item>
        <Form.Item label={t('investor')} name="investor" rules={[{ required: true, message: t('valueRequired') }]}><Input data-testid="project-investor" /></Form.Item>
        <Form.Item label={t('managingUnit')} name="managing_unit" rules={[{ required: true, message: t('unitRequired') }]}>
          <TreeSelect treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll loading={units.isPending} data-testid="project-managing-unit" />
        </Form.Item>
        <Form.Item label={t('location')} name="locations">
          <TreeSelect treeData={tree} multiple showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('totalInvestmentMillion')} name="total" rules={[{ required: true, message: t('amountRequired') }]}>
            <Input style={{ width: 200 }} inputMode="decimal" data-testid="project-total" />
          </Form.Item>
          <Form.Item label={t('startYear')} name="start_year"><InputNumber min={1990} max={2100} /></Form.Item>
          <Form.Item label={t('endYear')} name="end_year"><InputNumber min={1990} max={2100} /></Form.Item>
        </Space>
        <Form.Item label={t('investmentDecision')} name="decision"><Input /></Form.Item>
        <Form.List name="funding">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'source']} label={t('fundingSource')}>
                    <Select style={{ width: 220 }} options={['city', 'province', 'central', 'oda', 'socialised'].map((s) => ({ value: s, label: sourceName(t, s) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'amount']} label={t('amountMillion')} rules={[{ required: true, message: t('amountRequired') }]}>
                    <Input style={{ width: 180 }} inputMode="decimal" data-testid={`project-funding-${field.name}`} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="−" />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ source: 'city', amount: '' })} icon={<PlusOutlined />}>{t('addSource')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
