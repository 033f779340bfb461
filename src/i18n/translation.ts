/** The shape another language's catalogue must have: every key of the English one, each a message. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
