/** Russian captions of the menu items that create a sheet of a kind. */
export const TEMPLATE_CAPTIONS = {
  base: 'Создать лист «База наставников»',
  catalogue: 'Создать лист «Показатели»',
  templates: 'Создать лист «Шаблоны рекомендаций»',
  parameters: 'Создать лист «Параметры»',
  roster: 'Создать лист «Список ОО»',
  schoolTabs: 'Создать листы ОО по списку',
} as const;
