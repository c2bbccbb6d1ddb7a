/**
 * Reading uploaded spreadsheets (.xlsx/.xls/.csv) as rows of text, for every module that imports a
 * sheet sent in chat. Depends on no other module.
 */
package cn.jifending.sheets;
