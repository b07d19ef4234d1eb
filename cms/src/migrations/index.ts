import * as migration_20261126_053034_initial from './20261126_053034_initial';
import * as migration_20261126_074501_signing from './20261126_074501_signing';

export const migrations = [
  {
    up: migration_20261126_053034_initial.up,
    down: migration_20261126_053034_initial.down,
    name: '20261126_053034_initial',
  },
  {
    up: migration_20261126_074501_signing.up,
    down: migration_20261126_074501_signing.down,
    name: '20261126_074501_signing'
  },
];
