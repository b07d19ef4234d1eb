import type { SeedAuthorTranslation } from '../../../types'

export const gauriVanGulik: SeedAuthorTranslation = {
  bio: 'تكتب تقارير عما ينتظر العائلات اللاجئة بعد وصولها إلى أوروبا.',
}
