/** 积分钉 application root; each direct sub-package is one application module (see DESIGN.md). */
package cn.jifending;
