import type { SeedAuthorTranslation } from '../../../types'

export const gloriaNafziger: SeedAuthorTranslation = {
  roleLine: 'منسقة شؤون اللاجئين، منظمة العفو الدولية – كندا',
  bio: 'تنسق العمل المتعلق باللاجئين في كندا، من الكفالة الخاصة للاجئين إلى المفاهيم الخاطئة الشائعة عن المساعدات التي يتلقونها.',
}
