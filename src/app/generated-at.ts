/** «20.11.2025 14:05»: the generation time written on generated sheets, in the computer's time zone. */
export function formatGeneratedAt(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
