/**
 * Evidence (佐证材料): photos and files members send with a declaration, fetched from the channel
 * at once, checked (size, type sniffed from the bytes), stored content-addressed on the filesystem
 * (by default {@code ${jifen.data-dir}/evidence}) and described by a row in {@code evidence}.
 */
package cn.jifending.evidence;
