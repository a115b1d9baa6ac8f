// Registering a project, or editing one: what it is, who manages it, where, how much and from
// which sources (amounts typed in triệu đồng, stored in đồng).
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, TreeSelect, type ButtonProps } from 'antd';

import { errorText } from '../../components/States';
import { formatNumber, parseNumber, todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { useUnits } from '../units/useUnits';
import { changeProject, createProject, projectKeys, type FundingSource, type Project, type ProjectDraft } from './api';
import { projectEnums } from './words';

interface Draft {
  code: string; name: string; group: Project['group']; investor: string; managing_unit: string; total: string;
  start_year: number; end_year: number; stage: Project['stage']; decision?: string; locations: string[];
  funding: { source: FundingSource; amount: string }[];
}

export function ProjectModal({ project, onClose, onSaved }: { project?: Project; onClose: () => void; onSaved: (code: string) => void }) {
  const { t, lang, name } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const at = `${project?.end_year ?? Number(todayInVietnam().slice(0, 4))}-12-31`;
  const units = useUnits(at);
  const tree = units.tree;
  const dong = (text: string) => Math.round((parseNumber(text, lang) ?? -1) * 1e6);
  const million = (v: number) => formatNumber(v / 1e6, 3, lang);
  const save = useMutation({
    mutationFn: (d: Draft) => {
      const body: ProjectDraft = {
        name: d.name, group: d.group, investor: d.investor, managing_unit: d.managing_unit, total_investment: dong(d.total),
        start_year: d.start_year, end_year: d.end_year, stage: d.stage, decision: d.decision || null, locations: d.locations ?? [],
        funding: (d.funding ?? []).map((f) => ({ source: f.source, amount: dong(f.amount) })),
      };
      return project
        ? changeProject(project.code, project.version, body)
        : createProject(d.code, body);
    },
    onSuccess: async (p) => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
      onSaved(p.code);
    },
  });
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const initial: Partial<Draft> = project
    ? { ...project, total: million(project.total_investment), decision: project.decision ?? undefined,
        funding: project.funding.map((f) => ({ source: f.source, amount: million(f.amount) })) }
    : { group: 'C', stage: 'preparation', start_year: thisYear, end_year: thisYear + 2, locations: [], funding: [{ source: 'city', amount: '' }] };
  return (
    <Modal open title={project ? t('editProject') : t('newProject')} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'project-save' } as ButtonProps}
      onOk={() => form.submit()} onCancel={onClose} width={Math.min(760, window.innerWidth)}>
      {save.error && <Alert type="error" showIcon message={errorText(save.error, t)} style={{ marginBottom: 12 }} data-testid="project-error" />}
      <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={initial}>
        <Space wrap>
          <Form.Item label={t('projectCode')} name="code" rules={[{ required: true, message: t('valueRequired') }]}>
            <Input disabled={!!project} style={{ width: 180 }} data-testid="project-code" />
          </Form.Item>
          <Form.Item label={t('projectGroup')} name="group"><Select style={{ width: 90 }} options={['A', 'B', 'C'].map((g) => ({ value: g, label: g }))} /></Form.Item>
          <Form.Item label={t('stage')} name="stage"><Select style={{ width: 200 }} options={Object.keys(projectEnums.stage).map((s) => ({ value: s, label: name('stage', s) }))} /></Form.Item>
        </Space>
        <Form.Item label={t('projectName')} name="name" rules={[{ required: true, message: t('valueRequired') }]}><Input data-testid="project-name" /></Form.Item>
        <Form.Item label={t('investor')} name="investor" rules={[{ required: true, message: t('valueRequired') }]}><Input data-testid="project-investor" /></Form.Item>
        <Form.Item label={t('managingUnit')} name="managing_unit" rules={[{ required: true, message: t('unitRequired') }]}>
          <TreeSelect treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll loading={units.loading} data-testid="project-managing-unit" />
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
                    <Select style={{ width: 220 }} options={Object.keys(projectEnums.fundingSource).map((s) => ({ value: s, label: name('fundingSource', s) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'amount']} label={t('amountMillion')} rules={[{ required: true, message: t('amountRequired') }]}>
                    <Input style={{ width: 180 }} inputMode="decimal" data-testid={`project-funding-${field.name}`} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('removeSource')} />
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
