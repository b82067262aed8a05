/** The label of a repeated field: "Email" on the first row, "Email 2" on the second, so each has its own name. */
export const rowLabel = (base: string, index: number) => (index === 0 ? base : `${base} ${index + 1}`);
