"""The VIP Desk window: Qt widgets only; every database call goes through ui.worker."""
