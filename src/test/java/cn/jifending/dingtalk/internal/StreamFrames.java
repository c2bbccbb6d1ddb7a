package cn.jifending.dingtalk.internal;

import com.dingtalk.open.app.stream.protocol.CommandType;
import com.dingtalk.open.app.stream.protocol.ProtocolRequest;
import com.dingtalk.open.app.stream.protocol.ProtocolRequestFacade;

/** A CALLBACK frame as the Stream SDK's WebSocket layer hands it to its callback executor. */
final class StreamFrames {

    private StreamFrames() {
    }

    static ProtocolRequestFacade callback(String messageId, String topic, String data) {
        return new ProtocolRequestFacade() {
            @Override
            public String getMessageId() {
                return messageId;
            }

            @Override
            public String getContentType() {
                return "application/json";
            }

            @Override
            public String getTopic() {
                return topic;
            }

            @Override
            public CommandType getType() {
                return CommandType.CALLBACK;
            }

            @Override
            public String getData() {
                return data;
            }

            @Override
            public String getHeader(String name) {
                return null;
            }

            @Override
            public ProtocolRequest getRequest() {
                return null;
            }
        };
    }
}
