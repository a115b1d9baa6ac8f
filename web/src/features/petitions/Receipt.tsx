// Giấy biên nhận: what the petitioner takes home after intake — the office, the tracking code, the
// lookup PIN (shown only this once), the day received and the processing deadline, and where to
// look the letter up. Printable on its own; the code and PIN can be copied.
import { Button, Descriptions, Modal, Typography } from 'antd';

import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

export interface Received {
  tracking_code: string;
  lookup_pin: string;
  received_on: string;
  handling_unit_name: string;
  due: string | null;
}

// 12345678 → "1234 5678", easier to read aloud and to copy by hand.
export const spacedPin = (pin: string) => `${pin.slice(0, 4)} ${pin.slice(4)}`;

export function Receipt({ letter, onClose }: { letter: Received; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal open title={t('receipt')} onCancel={onClose} width={Math.min(560, window.innerWidth)}
      footer={[
        <Button key="print" onClick={() => window.print()} data-testid="receipt-print">{t('print')}</Button>,
        <Button key="close" type="primary" onClick={onClose} data-testid="receipt-close">{t('close')}</Button>,
      ]}>
      <div className="receipt" data-testid="receipt">
        <Typography.Title level={2} style={{ textAlign: 'center', marginTop: 0, fontSize: 20 }}>{letter.handling_unit_name}</Typography.Title>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('trackingCode')}>
            <Typography.Text strong copyable={{ tooltips: [t('receiptCopy'), t('saved')] }} data-testid="receipt-code">{letter.tracking_code}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('lookupPin')}>
            <Typography.Text strong copyable={{ text: letter.lookup_pin }} style={{ fontSize: 18, letterSpacing: 2 }} data-testid="receipt-pin">
              {spacedPin(letter.lookup_pin)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('receivedOn')}>{formatDate(letter.received_on)}</Descriptions.Item>
          {letter.due && <Descriptions.Item label={t('nextDeadline')}>{formatDate(letter.due)}</Descriptions.Item>}
          <Descriptions.Item label={t('receiptLookupAt')}>{`${window.location.origin}${paths.lookup}`}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('receiptHelp')}</Typography.Paragraph>
      </div>
    </Modal>
  );
}
