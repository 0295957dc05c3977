package org.npswatch.notify;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.npswatch.model.Flag;

/**
 * Sends a batch as one e-mail (plain text and HTML alternatives) over SMTP. The password is read
 * from {@value SmtpSettings#PASSWORD_ENV} for each message and is kept out of every outcome and
 * log line; a server that echoes it back has it replaced by {@code ***}.
 */
public final class EmailNotifier implements Notifier {
    private final SmtpSettings settings;
    private final Function<String, Optional<String>> env;
    private final FlagRenderer renderer = new FlagRenderer();

    /**
     * @param env looks up environment variables (the real environment in production, a map in tests)
     */
    public EmailNotifier(SmtpSettings settings, Function<String, Optional<String>> env) {
        this.settings = settings;
        this.env = env;
    }

    /** A notifier reading the password from the process environment. */
    public static EmailNotifier fromEnvironment(SmtpSettings settings) {
        return new EmailNotifier(settings, name -> Optional.ofNullable(System.getenv(name)));
    }

    @Override
    public DeliveryOutcome deliver(Batch batch) {
        Optional<String> password = env.apply(SmtpSettings.PASSWORD_ENV).filter(p -> !p.isEmpty());
        if (settings.username().isPresent() && password.isEmpty()) {
            return new DeliveryOutcome.Failed("SMTP user " + settings.username().get() + " is configured but "
                    + SmtpSettings.PASSWORD_ENV + " is not set", false);
        }
        String where = "SMTP " + settings.host() + ":" + settings.port();
        Session session = Session.getInstance(properties());
        try {
            MimeMessage message = message(session, batch);
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(settings.host(), settings.port(), settings.username().orElse(null),
                        password.orElse(null));
                transport.sendMessage(message, message.getAllRecipients());
            }
            return new DeliveryOutcome.Delivered(where + " accepted the message to " + batch.recipient().address());
        } catch (AuthenticationFailedException e) {
            return failed(where + " refused the login of " + settings.username().orElse("(no user)"), e, false, password);
        } catch (SendFailedException e) {
            return failed(where + " refused the recipient " + batch.recipient().address(), e, false, password);
        } catch (MessagingException e) {
            return failed(where + " could not take the message to " + batch.recipient().address(), e, true, password);
        }
    }

    private MimeMessage message(Session session, Batch batch) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(batch.recipient().address(), true));
        message.setSubject(renderer.subject(batch), "UTF-8");
        message.setSentDate(Date.from(batch.at()));
        message.setHeader("X-Npswatch-Flags", batch.flags().stream().map(Flag::id).collect(Collectors.joining(" ")));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(renderer.text(batch), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(renderer.html(batch), "UTF-8", "html");
        // The richest alternative goes last (RFC 2046), so mail clients prefer the HTML.
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    private Properties properties() {
        Properties p = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        p.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        p.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        return p;
    }

    private static DeliveryOutcome failed(String what, MessagingException e, boolean retryable, Optional<String> password) {
        String reason = what + ": " + describe(e);
        if (password.isPresent()) {
            reason = reason.replace(password.get(), "***");
        }
        return new DeliveryOutcome.Failed(reason, retryable);
    }

    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null) {
            out.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return FlagRenderer.oneLine(out.toString());
    }
}
