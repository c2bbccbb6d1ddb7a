package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import com.aliyun.tea.okhttp.ClientHelper;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * The OkHttp client the OpenAPI SDK uses for {@code jifen.dingtalk.api-endpoint}.
 *
 * <p>The SDK ({@code tea} 1.3) sends a request body by streaming a one-shot {@code InputStream}
 * ({@code OkRequestBody}) whose length is {@code available()}, else unknown (chunked), and its default
 * OkHttp client silently repeats a request when a pooled connection turns out dead
 * ({@code retryOnConnectionFailure}). The repeat streams the already drained input: a chunked request
 * with 0 bytes, which a lenient server answers 200. This client therefore (1) never repeats a request on
 * its own and (2) reads each body into bytes first, sends it with a {@code Content-Length}, and refuses
 * to send a POST/PUT/PATCH whose body is empty.
 *
 * <p>The SDK keeps one client per {@code host:port} in {@link ClientHelper#clients} (port -1 when the
 * URL has none); {@link #install} puts this one there before the first call.
 */
final class SdkHttpClient {

    /** An outbound request with an empty body, refused before it was sent. */
    static final class EmptyBodyRefused extends IOException {
        EmptyBodyRefused(String what) {
            super(what);
        }
    }

    private SdkHttpClient() {
    }

    static OkHttpClient install(DingTalkProperties properties) {
        URI endpoint = properties.apiEndpoint();
        String key = endpoint.getHost() + ":" + (endpoint.getPort() > 0 ? endpoint.getPort() : -1);
        OkHttpClient client = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .addInterceptor(SdkHttpClient::bufferedBody)
                .build();
        ClientHelper.clients.put(key, client);
        return client;
    }

    static Response bufferedBody(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        String method = request.method();
        boolean needsBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        RequestBody body = request.body();
        if (!needsBody) {
            return chain.proceed(request);
        }
        byte[] bytes = new byte[0];
        if (body != null) {
            Buffer buffer = new Buffer();
            body.writeTo(buffer);
            bytes = buffer.readByteArray();
        }
        if (bytes.length == 0) {
            throw new EmptyBodyRefused(method + " " + request.url().encodedPath() + " with an empty body refused");
        }
        return chain.proceed(request.newBuilder()
                .method(method, RequestBody.create(body.contentType(), bytes))
                .build());
    }
}
