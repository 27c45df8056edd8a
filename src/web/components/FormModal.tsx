import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * A modal around one form: validates, submits once at a time (the OK button spins), and shows
 * the server's Chinese message above the form when the submit fails. Nothing is lost: the
 * form keeps what the person typed.
 */
export function FormModal<V = Record<string, unknown>>({
  title,
  form,
  onSubmit,
  onClose,
  children,
  okText,
  width,
  okTestId,
  initialValues,
}: {
  title: ReactNode;
  form?: FormInstance<V>;
  onSubmit(values: V): Promise<unknown>;
  onClose(): void;
  children: ReactNode;
  okText?: string;
  width?: number;
  okTestId?: string;
  initialValues?: Partial<V>;
}) {
  const { t } = useI18n();
  const [own] = Form.useForm<V>();
  const f = form ?? own;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const values = await f.validateFields();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText ?? t('save')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={okTestId ? ({ 'data-testid': okTestId } as Record<string, string>) : undefined}
    >
      {error && (
        <Alert type="error" title={error} style={{ marginBottom: 16 }} data-testid="form-error" />
      )}
      <Form
        form={f}
        layout="vertical"
        initialValues={initialValues as Record<string, unknown> | undefined}
      >
        {children}
      </Form>
    </Modal>
  );
}
