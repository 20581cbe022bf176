import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// One letter for the counselor: the words, the voice, the feeling; mark it
// for follow-up; answer a named letter (sealed to that child).
Item {
    id: screen

    property bool writing: false

    Connections {
        target: Mail
        function onLetterChanged() {
            screen.writing = false;
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: Mail.letterSender
            subtitle: Mail.letterWhen
            onBackClicked: Mail.showInbox()

            QqButton {
                objectName: "followUp"
                text: Mail.letterFollowUp ? qsTr("Follow-up ✓") : qsTr("Needs follow-up")
                iconName: "flag"
                tint: Mail.letterFollowUp ? Theme.danger : Theme.surface
                textColor: Mail.letterFollowUp ? Theme.textOnColor : Theme.text
                border.color: Theme.border
                border.width: Mail.letterFollowUp ? 0 : 2
                onClicked: Mail.setFollowUp(!Mail.letterFollowUp)
            }
            QqButton {
                objectName: "writeAnswer"
                visible: Mail.letterCanReply && !screen.writing
                text: qsTr("Answer")
                iconName: "reply"
                tint: Theme.mailbox
                onClicked: screen.writing = true
            }
            QqButton {
                objectName: "sendAnswer"
                visible: screen.writing
                text: qsTr("Send the answer")
                iconName: "send"
                tint: Theme.mailbox
                onClicked: Mail.sendReply()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            Layout.topMargin: 16
            Layout.bottomMargin: screen.writing ? 0 : Theme.margin
            spacing: Theme.spacing

            // The letter.
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredWidth: 700
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: 2
                RowLayout {
                    id: letterTop
                    anchors.top: parent.top
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.margins: 16
                    spacing: Theme.spacing
                    Image {
                        visible: Mail.letterFeeling > 0
                        Layout.preferredWidth: 72
                        Layout.preferredHeight: 72
                        source: Mail.letterFeeling > 0 ? Theme.icon("mood" + Mail.letterFeeling) : ""
                        sourceSize.width: 72
                        sourceSize.height: 72
                    }
                    QqButton {
                        objectName: "playLetter"
                        visible: Mail.letterHasVoice
                        text: Mail.playing ? qsTr("Stop") : qsTr("Listen (%1 s)").arg(Mail.letterVoiceSeconds)
                        iconName: Mail.playing ? "stop" : "play"
                        tint: Theme.success
                        onClicked: Mail.playLetter()
                    }
                    Item {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 1
                    }
                }
                Flickable {
                    id: letterPage
                    anchors.top: letterTop.bottom
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: 16
                    contentHeight: letterText.implicitHeight
                    clip: true
                    Text {
                        id: letterText
                        objectName: "letterBody"
                        width: letterPage.width
                        text: Mail.letterText === "" ? qsTr("(No words: a voice message.)") : Mail.letterText
                        color: Mail.letterText === "" ? Theme.textMuted : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        wrapMode: Text.Wrap
                        lineHeight: 1.2
                    }
                }
            }

            // Answers: those sent, and the one being written.
            ColumnLayout {
                visible: Mail.letterCanReply
                Layout.fillWidth: false // its texts fill, which would make the column grow too
                Layout.preferredWidth: 460
                Layout.fillHeight: true
                spacing: 12
                Text {
                    Layout.fillWidth: true
                    text: replies.count > 0 ? qsTr("Your answers") : qsTr("No answer yet.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                ListView {
                    id: replies
                    objectName: "letterReplies"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: 8
                    clip: true
                    model: Mail.letterReplies
                    delegate: Rectangle {
                        required property string text
                        required property string when
                        required property bool read
                        width: replies.width
                        height: replyColumn.implicitHeight + 24
                        radius: Theme.radius / 2
                        color: Theme.surfaceWarm
                        ColumnLayout {
                            id: replyColumn
                            anchors.fill: parent
                            anchors.margins: 12
                            spacing: 4
                            Text {
                                Layout.fillWidth: true
                                text: parent.parent.when + (parent.parent.read ? qsTr(" · read") : qsTr(" · not read yet"))
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                            Text {
                                Layout.fillWidth: true
                                text: parent.parent.text
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
                Rectangle {
                    visible: screen.writing
                    Layout.fillWidth: true
                    Layout.preferredHeight: 120
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: Theme.mailbox
                    border.width: 3
                    TextEdit {
                        id: replyEdit
                        objectName: "replyText"
                        anchors.fill: parent
                        anchors.margins: 12
                        text: Mail.replyDraft
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: TextEdit.Wrap
                        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                        onTextChanged: if (text !== Mail.replyDraft)
                            Mail.setReplyDraft(text)
                    }
                }
            }
        }

        PinyinKeyboard {
            visible: screen.writing
            Layout.fillWidth: true
            Layout.margins: 12
            composer: Mail.pinyin
            onTyped: text => Mail.typeReply(text)
        }
    }
}
