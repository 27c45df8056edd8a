import { join } from 'node:path';
import type { Config } from '../config';
import { openAnchorStore, type AnchorStore } from './anchors';

/** The anchor store the configuration names (see LUOSHI_AUDIT_ANCHOR_DIR). */
export function configuredAnchorStore(config: Config): AnchorStore {
  return openAnchorStore(
    config.LUOSHI_AUDIT_ANCHOR_DIR ?? join(config.LUOSHI_DATA_DIR, 'audit-anchors'),
    config.LUOSHI_AUDIT_ANCHOR_KEY,
  );
}
