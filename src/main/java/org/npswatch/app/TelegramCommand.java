package org.npswatch.app;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.npswatch.fetch.telegram.tdlib.AuthorizationState;
import org.npswatch.fetch.telegram.tdlib.LoginConsole;
import org.npswatch.fetch.telegram.tdlib.TdClient;
import org.npswatch.fetch.telegram.tdlib.TdJson;
import org.npswatch.fetch.telegram.tdlib.TdlibException;
import org.npswatch.fetch.telegram.tdlib.TdlibLocator;
import org.npswatch.fetch.telegram.tdlib.TelegramCredentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code npswatch telegram login}: the one-time interactive TDLib login. */
@Command(name = "telegram", description = "Telegram account for TDLib sources.", subcommands = TelegramCommand.Login.class)
final class TelegramCommand implements Runnable {
    @ParentCommand
    Main main;

    @Override
    public void run() {
        throw new UserError("telegram needs a subcommand: telegram login");
    }

    @Command(name = "login", description = "Log in once (phone, code, 2FA password); TDLib keeps the session in the data directory.")
    static final class Login implements Callable<Integer> {
        @ParentCommand
        TelegramCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var data = parent.main.dataDir();
            TelegramCredentials credentials;
            try {
                credentials = TelegramCredentials.load(parent.main.environment(), data);
            } catch (RuntimeException e) {
                throw new UserError(e.getMessage());
            }
            try {
                TdJson td = TdJson.load(TdlibLocator.fromSystem().locate(Optional.empty()));
                try (TdClient client = TdClient.start(td, TdClient.Settings.of(data, credentials))) {
                    AuthorizationState state = new org.npswatch.fetch.telegram.tdlib.TelegramLogin(
                            LoginConsole.fromSystemConsole(), Duration.ofMinutes(5)).run(client);
                    spec.commandLine().getOut().println("telegram: " + state + "; session kept in " + data.resolve("tdlib"));
                    return state instanceof AuthorizationState.Ready ? 0 : 1;
                }
            } catch (TdlibException e) {
                throw new UserError(e.getMessage());
            }
        }
    }
}
