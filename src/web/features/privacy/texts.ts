// Navigation labels of the privacy pages (issue 5). Each privacy page keeps its own texts next to it.
export const privacyNavTexts = {
  privacyRegister: 'Verwerkingsregister',
  accessReview: 'Noodtoegang beoordelen',
  breakGlass: 'Noodtoegang',
  inzage: 'Inzageverzoeken',
  retention: 'Bewaartermijnen',
  notifications: 'Meldingen',
} as const;
