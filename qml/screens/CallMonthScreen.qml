import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The month: calls per child, children with no call yet first; parents who
// often do not answer; a CSV for the school.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Calls this month")
            subtitle: qsTr("%1 · %n child(ren) without a call yet", "", Calls.monthWithoutCall).arg(Calls.monthTitle)
            onBackClicked: Calls.back()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: 2
                clip: true
                ListView {
                    id: list
                    objectName: "callMonth"
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 6
                    model: Calls.month
                    delegate: Rectangle {
                        id: entry
                        required property string childName
                        required property string className
                        required property url photo
                        required property int talked
                        required property int noAnswer
                        required property int absent
                        required property int booked
                        required property string lastCall
                        width: list.width
                        height: 88
                        radius: 18
                        color: talked === 0 ? "#FCE4E2" : Theme.background
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: 8
                            anchors.rightMargin: Theme.spacing
                            spacing: Theme.spacing
                            QqPhoto {
                                size: 72
                                source: entry.photo
                            }
                            Text {
                                Layout.preferredWidth: 150
                                text: entry.childName
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.preferredWidth: 160
                                text: entry.className
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                text: entry.talked === 0 ? qsTr("No call yet") : qsTr("%n call(s)", "", entry.talked)
                                color: entry.talked === 0 ? Theme.danger : Theme.success
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                            }
                            Text {
                                Layout.preferredWidth: 200
                                text: qsTr("Last: %1").arg(entry.lastCall) + (entry.booked > 0 ? " · " + qsTr("booked") : "")
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: 380
                Layout.fillWidth: false
                Layout.fillHeight: true
                spacing: Theme.spacing / 2
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Often not answered")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                ListView {
                    id: unanswered
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 6
                    model: Calls.unanswered
                    delegate: Column {
                        required property string title
                        required property string detail
                        width: unanswered.width
                        Text {
                            width: parent.width
                            text: title
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                        Text {
                            width: parent.width
                            text: detail
                            color: Theme.danger
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Text {
                        visible: unanswered.count === 0
                        width: unanswered.width
                        text: qsTr("Every call this month was answered.")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
                Text {
                    objectName: "callNotice"
                    Layout.fillWidth: true
                    visible: Calls.notice !== ""
                    text: Calls.notice
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WrapAnywhere
                }
                QqButton {
                    objectName: "exportCalls"
                    Layout.fillWidth: true
                    text: qsTr("Export the month")
                    iconName: "export"
                    tint: Theme.calls
                    onClicked: Calls.exportMonth()
                }
            }
        }
    }
}
