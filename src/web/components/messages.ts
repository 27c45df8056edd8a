import { defineMessages } from '../i18n';

/** Strings of the shared components. */
export const useComponentT = defineMessages({
  zh: {
    loading: '正在加载…',
    loadFailed: '加载失败：{message}',
    retry: '重试',
    tooLong: '{field}最多 {max} 个字，现在 {count} 个字，请删减后再保存',
    importFailed: '导入失败，未保存任何数据',
    uploadFailed: '上传失败',
    close: '关闭',
    phase_reading: '正在读取文件…',
    phase_checking: '正在检查第 {done} / {total} 行',
    phase_saving: '正在保存第 {done} / {total} 行',
  },
  en: {
    loading: 'Loading…',
    loadFailed: 'Could not load: {message}',
    retry: 'Retry',
    tooLong: '{field} takes at most {max} characters; it has {count}. Shorten it to save',
    importFailed: 'Import failed: nothing was saved',
    uploadFailed: 'Upload failed',
    close: 'Close',
    phase_reading: 'Reading the file…',
    phase_checking: 'Checking row {done} of {total}',
    phase_saving: 'Saving row {done} of {total}',
  },
});
