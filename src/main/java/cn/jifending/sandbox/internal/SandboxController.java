package cn.jifending.sandbox.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.evidence.EvidenceStore;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON endpoints of the console page; thin, everything happens in {@link SandboxConsole}. */
@RestController
@RequestMapping("/sandbox/api")
@ConditionalOnDingTalkMode(DingTalkMode.SANDBOX)
class SandboxController {

    private final SandboxConsole console;
    private final SandboxProperties properties;
    private final EvidenceStore evidence;

    SandboxController(SandboxConsole console, SandboxProperties properties, EvidenceStore evidence) {
        this.console = console;
        this.properties = properties;
        this.evidence = evidence;
    }

    record TextRequest(String text) {
    }

    record PressRequest(String outTrackId, String actionId, String buttonText, Map<String, String> inputs) {
    }

    @GetMapping("/users")
    List<SandboxConsole.User> users() {
        return console.users();
    }

    record Greeting(String markdown) {
    }

    @GetMapping("/users/{userId}/greeting")
    Greeting greeting(@PathVariable String userId) {
        return new Greeting(console.greeting(userId));
    }

    @GetMapping("/users/{userId}/messages")
    List<SandboxStore.Row> messages(@PathVariable String userId) {
        return console.history(userId);
    }

    @PostMapping("/users/{userId}/messages")
    ResponseEntity<Void> send(@PathVariable String userId, @RequestBody TextRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        console.sendText(userId, request.text().strip());
        return ResponseEntity.accepted().build();
    }

    @PostMapping(path = "/users/{userId}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> upload(@PathVariable String userId, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.isEmpty() || file.getSize() > properties.maxUploadBytes()) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        console.sendFile(userId, name, type, file.getBytes(), type.startsWith("image/"));
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/users/{userId}/card-actions")
    ResponseEntity<Map<String, Boolean>> press(@PathVariable String userId, @RequestBody PressRequest request) {
        if (request.outTrackId() == null || request.actionId() == null) {
            return ResponseEntity.badRequest().build();
        }
        String text = request.buttonText() == null ? request.actionId() : request.buttonText();
        if (!console.press(userId, request.outTrackId(), request.actionId(), text, request.inputs())) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.accepted().body(Map.of("accepted", true));
    }

    @GetMapping("/files/{code}")
    ResponseEntity<byte[]> file(@PathVariable String code) {
        return console.file(code)
                .map(f -> ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType())).body(f.content()))
                .orElse(ResponseEntity.notFound().build());
    }

    /** A stored evidence photo or file (the links on declaration cards, {@link SandboxEvidenceLinks}). */
    @GetMapping("/files/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        return evidence.find(id)
                .map(e -> ResponseEntity.ok().contentType(MediaType.parseMediaType(e.contentType()))
                        .body(evidence.content(id)))
                .orElse(ResponseEntity.notFound().build());
    }
}
