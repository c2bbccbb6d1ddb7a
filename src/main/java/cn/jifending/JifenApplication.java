package cn.jifending;

import cn.jifending.scoring.RecomputeCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 积分钉: the DingTalk bot for a party organ's points-based assessment of its members.
 *
 * <p>{@code java -jar jifen.jar recompute ...} runs the auditor's offline recompute and never
 * starts Spring; anything else boots the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JifenApplication {

    public static void main(String[] args) {
        if (args.length > 0 && RecomputeCommand.NAME.equals(args[0])) {
            System.exit(RecomputeCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        SpringApplication.run(JifenApplication.class, args);
    }
}
