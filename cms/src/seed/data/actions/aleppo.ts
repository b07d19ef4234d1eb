import { p } from '../../richText'
import type { SeedAction } from '../../types'

export const aleppo: SeedAction = {
  slug: 'safe-evacuation-from-aleppo',
  title: 'Let the people of Aleppo leave safely',
  summary:
    'Civilians in eastern Aleppo were trapped as the fighting closed in. We asked Russia, Syria and Iran to protect them and allow safe evacuation.',
  ask: [
    p(
      'We called on the governments of Russia, Syria and Iran to protect civilians in Aleppo, to allow those who wished to leave to do so safely, and to let independent monitors in.',
    ),
    p(
      'This action is now closed. Evacuations were nearly complete by 22 December 2016, and the UN Security Council agreed to send monitors. Thank you to everyone who signed.',
    ),
  ],
  targets: 'the governments of Russia, Syria and Iran',
  goal: 100000,
  status: 'closed',
  opensAt: '2016-12-14T12:00:00.000Z',
  closesAt: '2016-12-22T12:00:00.000Z',
  shareText:
    'Civilians in Aleppo need safe passage now. I signed to tell Russia, Syria and Iran to protect them. Join me:',
  thankYouText: 'Thank you. Every signature added to the pressure that helped civilians leave Aleppo.',
  hero: {
    key: 'action-aleppo',
    alt: 'Illustration: a line of people walking away from a ruined city at dawn',
    caption: 'Evacuations from eastern Aleppo, December 2016.',
    palette: ['#1f2a44', '#55708f', '#e6d3a3'],
    motif: 'crowd',
  },
  topics: ['syria', 'sieges-and-attacks-on-civilians'],
  publishedAt: '2016-12-14T12:00:00.000Z',
}
