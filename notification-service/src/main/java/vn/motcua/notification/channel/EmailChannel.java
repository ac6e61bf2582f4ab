package vn.motcua.notification.channel;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import vn.motcua.notification.message.Notification;

/**
 * E-mail over SMTP (Angus Mail); without {@code motcua.mail.host} (local runs) messages go to the log. The Message-ID is derived from the notification, so if a crash makes the dispatcher
 * hand the same message over twice, mail systems see one message.
 */
@ApplicationScoped
public class EmailChannel implements MessageChannel {

    private final Optional<String> host;
    private final int port;
    private final String from;
    private final Optional<String> user;
    private final Optional<String> password;
    private final boolean startTls;

    public EmailChannel(MailConfig config) {
        this.host = config.host();
        this.port = config.port();
        this.from = config.from();
        this.user = config.user();
        this.password = config.password();
        this.startTls = config.startTls();
    }

    @Override
    public String name() {
        return "EMAIL";
    }

    @Override
    public Handover send(Notification n, Attachment attachment) throws DeliveryException {
        if (host.isEmpty()) {
            // local runs without a mail server: the log channel
            io.quarkus.logging.Log.infof("[email:log] to %s: %s%s", n.recipientAddress, n.subject,
                    attachment == null ? "" : " (+ " + attachment.fileName() + ")");
            return Handover.LOGGED;
        }
        Properties p = new Properties();
        p.put("mail.smtp.host", host.get());
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        p.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        Session session = Session.getInstance(p);
        try {
            MimeMessage m = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + n.id + "@motcua>");
                }
            };
            m.setFrom(new InternetAddress(from));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(n.recipientAddress, true));
            m.setSubject(n.subject, StandardCharsets.UTF_8.name());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(n.body, StandardCharsets.UTF_8.name());
            MimeMultipart parts = new MimeMultipart();
            parts.addBodyPart(text);
            if (attachment != null) {
                MimeBodyPart pdf = new MimeBodyPart();
                pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), "application/pdf")));
                pdf.setFileName(attachment.fileName());
                parts.addBodyPart(pdf);
            }
            m.setContent(parts);
            if (user.isPresent()) {
                Transport.send(m, user.get(), password.orElse(""));
            } else {
                Transport.send(m);
            }
            return Handover.HANDED_OVER;
        } catch (AddressException e) {
            throw new DeliveryException("invalid e-mail address " + n.recipientAddress, true, e);
        } catch (SendFailedException e) {
            // the server refused the recipient: retrying will not help
            throw new DeliveryException("recipient refused: " + e.getMessage(), e.getValidUnsentAddresses() == null
                    || e.getValidUnsentAddresses().length == 0, e);
        } catch (MessagingException e) {
            throw new DeliveryException("mail server unavailable: " + e.getMessage(), false, e);
        }
    }
}
