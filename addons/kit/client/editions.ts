/**
 * Links between the editions of a talk (kit option `editions`): every edition is built at its own
 * path under the main edition's base (`/wecom-20/` and `/wecom-20/en/`), so the other edition's
 * address is this one's with the paths swapped, and the slide or the anchor stays as it is.
 */

/** The main edition's base, from this edition's base and path ("/wecom-20/en/", "en/" → "/wecom-20/"). */
export function mainBase(base: string, path: string): string {
  return path && base.endsWith(path)
    ? base.slice(0, base.length - path.length)
    : base
}

/**
 * The address of `rest` (what follows the base: "7", "read/#7", "") in the edition at `to`, from
 * the edition at `from` whose base is `base`.
 */
export function editionHref(base: string, from: string, to: string, rest = ''): string {
  return `${mainBase(base, from)}${to}${rest}`
}
