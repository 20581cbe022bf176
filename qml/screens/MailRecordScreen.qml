import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Speak instead of writing: one big button to start and stop, the time, a
// bar that moves with your voice; listen again, or speak again.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Say it with your voice")
            subtitle: qsTr("Up to %n minute(s). Only %1 will hear it.", "", Mail.maxSeconds / 60).arg(Mail.counselorName)
            onBackClicked: Mail.backToWriting()

            QqButton {
                objectName: "sendVoice"
                visible: Mail.hasVoice && !Mail.recording
                text: qsTr("Send")
                iconName: "send"
                tint: Theme.mailbox
                onClicked: Mail.send()
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                spacing: Theme.spacing

                Text {
                    objectName: "voiceProblem"
                    visible: Mail.voiceProblem !== ""
                    Layout.fillWidth: true
                    text: Mail.voiceProblem
                    color: Theme.danger
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                // The big button.
                Rectangle {
                    objectName: "recordButton"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: 260
                    Layout.preferredHeight: 260
                    radius: 130
                    color: Mail.recording ? Theme.danger : Theme.calls
                    border.color: Theme.surfaceWarm
                    border.width: 12 + 30 * Mail.level
                    Accessible.role: Accessible.Button
                    Accessible.name: Mail.recording ? qsTr("Stop") : qsTr("Start speaking")
                    Image {
                        anchors.centerIn: parent
                        width: 150
                        height: 150
                        source: Theme.icon(Mail.recording ? "stop" : "mic")
                        sourceSize.width: 150
                        sourceSize.height: 150
                    }
                    TapHandler {
                        onTapped: Mail.recording ? Mail.stopRecording() : Mail.startRecording()
                    }
                }
                Text {
                    objectName: "recordTime"
                    Layout.alignment: Qt.AlignHCenter
                    readonly property int seconds: Mail.recordedSeconds
                    text: Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0") + " / " + Mail.maxSeconds / 60 + ":00"
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                Text {
                    Layout.alignment: Qt.AlignHCenter
                    text: Mail.recording ? qsTr("I am listening… Tap the red button when you are done.") : Mail.hasVoice ? qsTr("Listen to it, speak again, or send it.") : qsTr("Tap the blue button and speak.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                RowLayout {
                    Layout.alignment: Qt.AlignHCenter
                    spacing: Theme.spacing
                    visible: Mail.hasVoice && !Mail.recording
                    QqButton {
                        objectName: "listenAgain"
                        text: Mail.playing ? qsTr("Stop") : qsTr("Listen")
                        iconName: Mail.playing ? "stop" : "play"
                        tint: Theme.success
                        onClicked: Mail.playRecording()
                    }
                    QqButton {
                        objectName: "discardVoice"
                        text: qsTr("Delete it")
                        iconName: "trash"
                        tint: Theme.teacher
                        onClicked: Mail.discardRecording()
                    }
                }
            }
        }
    }
}
