/** 积分钉 application root; each direct sub-package is one application module (see src/docs/modules.md). */
package cn.jifending;
