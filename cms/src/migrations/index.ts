import * as migration_20261126_053034_initial from './20261126_053034_initial';
import * as migration_20261126_074501_signing from './20261126_074501_signing';
import * as migration_20261202_024516_trust from './20261202_024516_trust';
import * as migration_20261202_060502_signature_lists from './20261202_060502_signature_lists';
import * as migration_20261207_112848_languages from './20261207_112848_languages';
import * as migration_20261207_133448_translation_state from './20261207_133448_translation_state';
import * as migration_20261207_205803_locales_by_parent from './20261207_205803_locales_by_parent';
import * as migration_20261208_023714_site_organisation from './20261208_023714_site_organisation';

export const migrations = [
  {
    up: migration_20261126_053034_initial.up,
    down: migration_20261126_053034_initial.down,
    name: '20261126_053034_initial',
  },
  {
    up: migration_20261126_074501_signing.up,
    down: migration_20261126_074501_signing.down,
    name: '20261126_074501_signing',
  },
  {
    up: migration_20261202_024516_trust.up,
    down: migration_20261202_024516_trust.down,
    name: '20261202_024516_trust',
  },
  {
    up: migration_20261202_060502_signature_lists.up,
    down: migration_20261202_060502_signature_lists.down,
    name: '20261202_060502_signature_lists',
  },
  {
    up: migration_20261207_112848_languages.up,
    down: migration_20261207_112848_languages.down,
    name: '20261207_112848_languages',
  },
  {
    up: migration_20261207_133448_translation_state.up,
    down: migration_20261207_133448_translation_state.down,
    name: '20261207_133448_translation_state',
  },
  {
    up: migration_20261207_205803_locales_by_parent.up,
    down: migration_20261207_205803_locales_by_parent.down,
    name: '20261207_205803_locales_by_parent',
  },
  {
    up: migration_20261208_023714_site_organisation.up,
    down: migration_20261208_023714_site_organisation.down,
    name: '20261208_023714_site_organisation',
  },
];
