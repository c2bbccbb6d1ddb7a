package cn.jifending.dingtalk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** A bean that exists only in the given connection modes (see {@link DingTalkMode#resolve}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnDingTalkMode.ModeCondition.class)
public @interface ConditionalOnDingTalkMode {

    DingTalkMode[] value();

    class ModeCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var attrs = metadata.getAnnotationAttributes(ConditionalOnDingTalkMode.class.getName());
            DingTalkMode[] modes = (DingTalkMode[]) attrs.get("value");
            return Arrays.asList(modes).contains(DingTalkMode.resolve(context.getEnvironment()));
        }
    }
}
